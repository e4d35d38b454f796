using System.Security.Cryptography;
using System.Text;

namespace Migrations.Runtime.Route;

/// <summary>
/// The internal auth check of the migration route (spec §6.2): the <c>Authorization</c> header carries the internal
/// password in base64; the password comes from <c>INTERNAL_AUTH_PASSWORD_FILE</c> (upstream's development password
/// <c>openslides</c> with <c>OPENSLIDES_DEVELOPMENT</c>). The file's bytes are the password, as they are (a byte
/// order mark and a trailing line break included: the operator client sends the file's bytes); compared in
/// constant time. A wrong or missing password gets werkzeug's standard 401 text, as upstream's route answers.
/// </summary>
public static class InternalAuth
{
    /// <summary>Upstream's development password.</summary>
    public const string DevelopmentPassword = "openslides";

    /// <summary>werkzeug's description of 401 Unauthorized, which upstream's route sends as its message.</summary>
    public const string UnauthorizedMessage =
        "The server could not verify that you are authorized to access the URL requested. You either supplied the wrong credentials "
        + "(e.g. a bad password), or your browser doesn't understand how to supply the credentials required.";

    /// <summary>Null if the request may pass, else the error answer.</summary>
    public static RouteResponse? Check(string? header, bool developmentMode, string? passwordFile)
    {
        byte[] secret;
        if (developmentMode)
        {
            secret = Encoding.UTF8.GetBytes(DevelopmentPassword);
        }
        else
        {
            if (string.IsNullOrEmpty(passwordFile))
            {
                return MigrationRouteHandler.Error(500, "Missing INTERNAL_AUTH_PASSWORD_FILE.");
            }

            try
            {
                secret = File.ReadAllBytes(passwordFile);
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

            if (CryptographicOperations.FixedTimeEquals(decoded, secret))
            {
                return null;
            }
        }

        return MigrationRouteHandler.Error(401, UnauthorizedMessage);
    }
}
