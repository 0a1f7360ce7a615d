namespace ArchivePortal.Storage.Accounts;

/// <summary>An account change that cannot be made (unknown name, name taken, weak password), with a message for the person who asked.</summary>
public sealed class AccountException(string message) : Exception(message);
