# The native `migrate` tool in a minimal image.
#
#   docker build -t openslides-migrate .
#   docker run --rm -e DATABASE_HOST=db -e DATABASE_NAME=openslides -e DATABASE_USER=openslides \
#     -e DATABASE_PASSWORD_FILE=/run/secrets/postgres_password -v ./secrets:/run/secrets:ro openslides-migrate stats
#
# Build stage: the .NET SDK with the native toolchain Native AOT needs (clang, zlib).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends clang zlib1g-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/Migrations/Migrations.csproj -c Release -r linux-x64 -o /out \
    && rm -f /out/*.dbg

# Runtime stage: only what a self-contained native binary needs (glibc, OpenSSL for TLS, CA certificates).
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0 AS runtime
COPY --from=build /out/migrate /usr/local/bin/migrate
USER app
ENTRYPOINT ["/usr/local/bin/migrate"]
CMD ["stats"]
