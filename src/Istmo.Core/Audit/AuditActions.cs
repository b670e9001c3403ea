namespace Istmo.Core.Audit;

/// <summary>Verbs recorded in the audit chain.</summary>
public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Read = "read";
    public const string SensitiveRead = "sensitive-read";
    public const string Export = "export";
    public const string Login = "login";
    public const string LoginFailed = "login-failed";
    public const string Merge = "merge";
}
