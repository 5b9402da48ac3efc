// Deletes as the person loaded the object: the browser sends the uid it showed (and, for a GitRepo, the generation),
// so a tab left open cannot delete a same-named object created since, or a GitRepo whose settings were changed since
// (spec.keepResources decides whether its deployed resources go too). The API server enforces the uid (and the
// resourceVersion read just before) as DeleteOptions.preconditions; a refusal answers 409 in words.
import { K8sError } from '@/lib/k8s/errors';
import type { K8sClient, FleetPlural, Preconditions } from '@/lib/k8s/client';
import { HttpError } from './http-error';
import { paramKeyProblem } from './params';

export interface Loaded {
  uid?: string;
  generation?: number;
}

const UID_RE = /^[0-9a-zA-Z-]{1,64}$/;

/** `?uid=&generation=` of a DELETE; 400 in words for anything else. */
export function loadedFromQuery(req: Request, withGeneration = false): Loaded {
  const params = new URL(req.url).searchParams;
  const problem = paramKeyProblem(params, withGeneration ? ['uid', 'generation'] : ['uid']);
  if (problem) throw new HttpError(400, problem);
  const uid = params.get('uid') ?? undefined;
  if (uid !== undefined && !UID_RE.test(uid)) throw new HttpError(400, 'uid must be the object uid the page showed.');
  const g = params.get('generation');
  const generation = g === null ? undefined : Number(g);
  if (generation !== undefined && !(Number.isSafeInteger(generation) && generation >= 0)) throw new HttpError(400, 'generation must be a whole number.');
  return { uid, generation };
}

export function recreatedMessage(word: string, name: string): string {
  return `${word} ${name} was deleted and created again since you loaded it: the one there now is a different ${word} with the same name, so nothing was deleted. Reload to see it, then decide.`;
}

export function editedMessage(word: string, name: string): string {
  return `${word} ${name} was edited since you loaded it (its settings changed), so nothing was deleted. Reload to see the change, then delete again if you still want to.`;
}

/**
 * Deletes `kind` ns/name with the loaded uid as precondition. With a loaded generation, the object is read first and
 * must still have that generation; the delete then carries the resourceVersion just read, so nothing can change in
 * between unnoticed.
 */
export async function deleteAsLoaded(k: K8sClient, kind: FleetPlural, ns: string, name: string, loaded: Loaded, word: string): Promise<void> {
  // Fleet writes status all the time (new resourceVersion, same generation): a resourceVersion refusal is re-checked.
  for (let attempt = 0; ; attempt++) {
    let preconditions: Preconditions = { uid: loaded.uid };
    if (loaded.generation !== undefined) {
      const cur = await k.get<{ metadata: { uid?: string; generation?: number; resourceVersion?: string } }>(kind, ns, name);
      if (loaded.uid && cur.metadata.uid !== loaded.uid) throw new HttpError(409, recreatedMessage(word, name));
      if (cur.metadata.generation !== loaded.generation) throw new HttpError(409, editedMessage(word, name));
      preconditions = { uid: cur.metadata.uid, resourceVersion: cur.metadata.resourceVersion };
    }
    try {
      await k.delete(kind, ns, name, preconditions);
      return;
    } catch (e) {
      if (!(e instanceof K8sError && e.httpStatus === 409)) throw e;
      const uidFailed = /UID/.test(e.message);
      if (!uidFailed && preconditions.resourceVersion && attempt < 4) continue;
      throw new HttpError(409, uidFailed ? recreatedMessage(word, name) : editedMessage(word, name));
    }
  }
}
