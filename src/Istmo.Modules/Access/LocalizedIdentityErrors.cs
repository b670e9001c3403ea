using Istmo.Modules.Registry;
using Microsoft.AspNetCore.Identity;

namespace Istmo.Modules.Access;

/// <summary>Identity's account and password errors in the user's language (the framework's own are English only).</summary>
public sealed class LocalizedIdentityErrors(ValidationMessages messages) : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), string.Format(System.Globalization.CultureInfo.CurrentCulture, messages.Message(nameof(PasswordTooShort)), length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), string.Format(System.Globalization.CultureInfo.CurrentCulture, messages.Message(nameof(PasswordRequiresUniqueChars)), uniqueChars));

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName));

    private IdentityError Error(string code, string? text = null) => new() { Code = code, Description = text ?? messages.Message(code) };
}
