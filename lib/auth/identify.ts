// Who a bearer token (pasted, or an OpenID ID token) belongs to, as the API server sees it: a SelfSubjectReview sent
// with that token. The API server decides; the dashboard never reads claims to decide who someone is.
import { forIdentity } from '@/lib/k8s/client';
import { K8sError, toApiError } from '@/lib/k8s/errors';
import { HttpError } from '@/lib/http/http-error';
import { isHttps, originConfig, requestHost } from '@/lib/http/origin';

export async function identify(token: string, rejected: string): Promise<{ username: string; groups: string[] }> {
  try {
    const review = await forIdentity({ type: 'token', token, username: '', groups: [] }).selfSubjectReview();
    const user = review.status?.userInfo;
    if (!user?.username) throw new HttpError(401, 'The Kubernetes API server did not say who this token belongs to.');
    return { username: user.username, groups: user.groups ?? [] };
  } catch (err) {
    if (err instanceof HttpError) throw err;
    if (err instanceof K8sError && err.httpStatus === 401) throw new HttpError(401, rejected);
    // Authenticated but not allowed to ask who it is (unusual RBAC): still a valid token.
    if (err instanceof K8sError && err.httpStatus === 403) return { username: 'unknown user', groups: [] };
    const e = toApiError(err);
    throw new HttpError(e.status, e.message);
  }
}

/** The origin the browser used for this request (a trusted proxy's forwarded host and protocol included). */
export function requestOrigin(req: Request): string {
  const cfg = originConfig();
  return `${isHttps(req, cfg) ? 'https' : 'http'}://${requestHost(req, cfg) ?? new URL(req.url).host}`;
}
