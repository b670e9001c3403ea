namespace Istmo.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;
    public const int DatabaseUnavailable = 3;
    public const int AuditBroken = 4;
    public const int NotFound = 5;
    public const int InvalidInput = 6;
}
