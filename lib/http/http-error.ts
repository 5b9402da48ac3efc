// An answer decided by the dashboard itself (not relayed from Kubernetes): its status, plain-words message and, for
// input the person can correct, the fields at fault. errorResponse() (route.ts) turns it into { error, fieldErrors? }.
import type { FieldError } from './field-errors';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fieldErrors?: FieldError[],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
