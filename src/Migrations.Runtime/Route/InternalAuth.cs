using System.Security.Cryptography;
using System.Text;

namespace Migrations.Runtime.Route;

/// <summary>
/// The internal auth check of the migration route (spec §6.2): the <c>Authorization</c> header carries the internal
/// password in base64; the password comes from <c>INTERNAL_AUTH_PASSWORD_FILE</c> (upstream's development password
/// <c>openslides</c> with <c>OPENSLIDES_DEVELOPMENT</c>). Compared in constant time.
/// </summary>
public static class InternalAuth
{
    /// <summary>Upstream's development password.</summary>
    public const string DevelopmentPassword = "openslides";

    /// <summary>Null if the request may pass, else the error answer.</summary>
    public static RouteResponse? Check(string? header, bool developmentMode, string? passwordFile)
    {
        string secret;
        if (developmentMode)
        {
            secret = DevelopmentPassword;
        }
        else
        {
            if (string.IsNullOrEmpty(passwordFile))
            {
                return MigrationRouteHandler.Error(500, "Missing INTERNAL_AUTH_PASSWORD_FILE.");
            }

            try
            {
                secret = File.ReadAllText(passwordFile);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return MigrationRouteHandler.Error(500, $"Cannot read INTERNAL_AUTH_PASSWORD_FILE: {e.Message}");
            }
        }

        if (header is not null)
        {
            byte[] decoded;
            try
            {
                decoded = Convert.FromBase64String(header);
                _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(decoded);
            }
            catch (Exception e) when (e is FormatException or DecoderFallbackException)
            {
                return MigrationRouteHandler.Error(400, "The internal auth password must be correctly base64-encoded.");
            }

            if (CryptographicOperations.FixedTimeEquals(decoded, Encoding.UTF8.GetBytes(secret)))
            {
                return null;
            }
        }

        return MigrationRouteHandler.Error(401, "Unauthorized");
    }
}
