// An answer decided by the dashboard itself (not relayed from Kubernetes): its status and plain-words message.
// errorResponse() (route.ts) turns it into { error } with that status.
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
