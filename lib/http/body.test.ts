import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInput, NOT_A_JSON_OBJECT, readBody } from './body';
import { HttpError } from './http-error';
import { fieldErrorSummary, firstPerField, zodFieldErrors } from './field-errors';
import { errorResponse, json } from './route';

const post = (body: string) => new Request('http://x/api/y', { method: 'POST', body, headers: { 'content-type': 'application/json' } });
const Schema = z.object({
  name: z.string({ error: 'name is required' }).regex(/^[a-z]+$/, 'Name must be lowercase letters'),
  count: z.number().int().min(1, 'Count must be 1 or more').optional(),
});

async function failure(p: Promise<unknown>): Promise<HttpError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(HttpError);
  return e as HttpError;
}

describe('readBody', () => {
  it('answers the parsed value for a valid body', async () => {
    await expect(readBody(post('{"name":"abc","count":2}'), Schema)).resolves.toEqual({ name: 'abc', count: 2 });
  });
  it('400 when the body is not a JSON object', async () => {
    for (const raw of ['{not json', '', '[1]', '"x"', 'null']) {
      const e = await failure(readBody(post(raw), Schema));
      expect([e.status, e.message], raw).toEqual([400, NOT_A_JSON_OBJECT]);
    }
  });
  it('400 with field errors when the shape is wrong (missing field, wrong type, value outside an enum)', async () => {
    const e = await failure(readBody(post('{"count":"two"}'), Schema));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/name is required/);
    expect(e.fieldErrors?.map((f) => f.field)).toEqual(['name', 'count']);
    const en = await failure(readBody(post('{"action":"explode"}'), z.object({ action: z.enum(['pause', 'unpause']) })));
    expect(en.status).toBe(400);
  });
  it('422 with every field error when a well-formed value breaks a rule', async () => {
    const e = await failure(readBody(post('{"name":"ABC","count":0}'), Schema));
    expect(e.status).toBe(422);
    expect(e.fieldErrors).toEqual([
      { field: 'name', message: 'Name must be lowercase letters' },
      { field: 'count', message: 'Count must be 1 or more' },
    ]);
    expect(e.message).toBe('2 fields need attention; nothing was saved.');
  });
  it("422 from the route's own rules, after the schema passed; one field's message is the answer's message", async () => {
    const e = await failure(readBody(post('{"name":"abc"}'), Schema, (v) => (v.name === 'abc' ? [{ field: 'name', message: 'abc is taken' }] : [])));
    expect([e.status, e.message, e.fieldErrors]).toEqual([422, 'abc is taken', [{ field: 'name', message: 'abc is taken' }]]);
  });
  it('checkInput checks a nested value with the same rules (field paths relative to it)', () => {
    expect(() => checkInput(Schema, { name: 'A' })).toThrow(HttpError);
    try {
      checkInput(Schema, { name: 'A' });
    } catch (e) {
      expect((e as HttpError).fieldErrors).toEqual([{ field: 'name', message: 'Name must be lowercase letters' }]);
    }
  });
});

describe('the one field-error shape', () => {
  it('zod paths become dotted fields; the form as a whole is _form when keyed', () => {
    const r = z.object({ sel: z.object({ exprs: z.array(z.object({ key: z.string().min(1, 'key needed') })) }) }).refine(() => false, 'whole form').safeParse({ sel: { exprs: [{ key: '' }] } });
    expect(r.success).toBe(false);
    const list = zodFieldErrors(r.error!);
    expect(list).toContainEqual({ field: 'sel.exprs.0.key', message: 'key needed' });
    expect(firstPerField([...list, { field: '', message: 'whole form' }, { field: 'sel.exprs.0.key', message: 'second' }])).toEqual({
      'sel.exprs.0.key': 'key needed',
      _form: 'whole form',
    });
  });
  it('summary: one field → its message, several → how many', () => {
    expect(fieldErrorSummary([{ field: 'a', message: 'A is wrong' }, { field: 'a', message: 'and again' }])).toBe('A is wrong');
    expect(fieldErrorSummary([{ field: 'a', message: 'x' }, { field: 'b', message: 'y' }])).toBe('2 fields need attention; nothing was saved.');
  });
});

describe('JSON answers', () => {
  it('json() is never cached and keeps the status', async () => {
    const res = json({ a: 1 }, { status: 201, headers: { 'cache-control': 'public, max-age=60', 'x-extra': '1' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-extra')).toBe('1');
    expect(await res.json()).toEqual({ a: 1 });
  });
  it('an HttpError with field errors answers { error, fieldErrors } with its status', async () => {
    const res = errorResponse(new HttpError(422, 'Name is wrong', [{ field: 'name', message: 'Name is wrong' }]));
    expect(res.status).toBe(422);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ error: 'Name is wrong', fieldErrors: [{ field: 'name', message: 'Name is wrong' }] });
  });
});
