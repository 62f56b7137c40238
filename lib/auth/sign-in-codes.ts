// Shared by the server (which throws it) and the sign-in form (which explains it).
/** The error code next-auth passes back to the sign-in page when the limiter refuses. */
export const LOCKED_OUT_ERROR = "TooManyAttempts";
