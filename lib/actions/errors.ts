// Domain errors services throw and the action wrapper turns into data for the form.
// Their messages are written for the person using the form; anything else thrown is
// logged and reported as a generic failure.
export type DomainErrorCode = "invalid" | "not_found" | "conflict";
export type FieldErrors = Record<string, string[]>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly fieldErrors?: FieldErrors,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super("not_found", message);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super("conflict", message, fieldErrors);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, fieldErrors?: FieldErrors) {
    super("invalid", message, fieldErrors);
  }
}

/** Prisma's unique-constraint violation (same code for SQLite and PostgreSQL). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}
