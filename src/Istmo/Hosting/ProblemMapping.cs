using Istmo.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Istmo.Hosting;

/// <summary>Turns domain exceptions into RFC 9457 problem details: 400 naming each bad field, 403, 404, 409.</summary>
internal sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            ValidationFailedException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Validation failed",
            },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found", Detail = n.Message },
            AccessDeniedException a => Denied(a),
            ConcurrencyConflictException c => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The record changed",
                Detail = "Someone else saved this record after you read it. Reload it and apply your change again.",
                Extensions = { ["entityId"] = c.EntityId },
            },
            BadHttpRequestException { InnerException: System.Text.Json.JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["The value is not valid JSON of the expected type."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Malformed request body",
            },
            BadHttpRequestException b => new ProblemDetails { Status = b.StatusCode, Title = "Bad request", Detail = b.Message },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        context.Response.StatusCode = details.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details, Exception = exception });
    }

    /// <summary>"$.documents[0].number" becomes "documents[0].number"; an unreadable body is "body".</summary>
    private static string FieldOf(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;

    private static ProblemDetails Denied(AccessDeniedException a)
    {
        var details = new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Access denied", Detail = a.Message };
        if (a.PurposeRequired)
        {
            details.Extensions["purposeRequired"] = true;
            details.Extensions["purposeHeader"] = Modules.Access.IstmoClaims.PurposeHeader;
        }

        return details;
    }
}
