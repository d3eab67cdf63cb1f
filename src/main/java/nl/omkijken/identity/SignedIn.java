package nl.omkijken.identity;

/** A security principal that carries the account it stands for, whichever way the person signed in. */
sealed interface SignedIn permits LocalSignedIn, OidcSignedIn {

    AccountSummary account();
}
