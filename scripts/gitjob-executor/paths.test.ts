import { describe, expect, it } from 'vitest';
import { containerPaths, mapPath, rewrite, unmapText, wellKnownEnv, workingDir } from './paths';
import type { Pod } from './types';
import podFixture from './testdata/gitjob-pod.json';

const pod = podFixture as unknown as Pod;
const cloner = pod.spec.initContainers![0]!;
const apply = pod.spec.containers[0]!;
const D = '/w/pods/p';

describe('container paths → work dir', () => {
  it("maps the cloner's /workspace and apply's /workspace/source to the same volume dir", () => {
    const c = containerPaths(cloner, D);
    const a = containerPaths(apply, D);
    expect(rewrite('/workspace', c)).toBe(`${D}/volumes/git-cloner`);
    expect(workingDir(apply, D, a)).toBe(`${D}/volumes/git-cloner`);
    expect(rewrite('/gitjob/credentials/password', c)).toBe(`${D}/volumes/git-credential/password`);
  });

  it("rewrites apply's flags, with and without '=', and keeps what is not a mounted path", () => {
    const a = containerPaths(apply, D);
    const args = apply.args!.map((x) => rewrite(x, a));
    expect(args).toContain(`--targets-file=${D}/volumes/config/targets.yaml`);
    expect(args).toContain(`${D}/volumes/helm-secret/cacerts`);
    expect(args).toContain('--label=fleet.cattle.io/repo-name=simple');
    expect(args.slice(-3)).toEqual(['simple', 'manifests', 'charts/app']);
    expect(rewrite('git://127.0.0.1:9418/simple', a)).toBe('git://127.0.0.1:9418/simple');
    expect(rewrite('/usr/bin/git', a)).toBe('/usr/bin/git');
    expect(rewrite('/workspacefoo', a)).toBe('/workspacefoo');
  });

  it('prefers the longest mount and maps the termination message file', () => {
    const maps = containerPaths({ name: 'x', volumeMounts: [{ name: 'a', mountPath: '/data' }, { name: 'b', mountPath: '/data/inner/' }] }, D);
    expect(mapPath('/data/inner/f', maps)).toBe(`${D}/volumes/b/f`);
    expect(mapPath('/data/f', maps)).toBe(`${D}/volumes/a/f`);
    expect(mapPath('/dev/termination-log', maps)).toBe(`${D}/termination/x`);
    const sub = containerPaths({ name: 'y', volumeMounts: [{ name: 'a', mountPath: '/cfg/app.yaml', subPath: 'conf/app.yaml' }] }, D);
    expect(mapPath('/cfg/app.yaml', sub)).toBe(`${D}/volumes/a/conf/app.yaml`);
  });

  it('gives a container without a mapped working dir its own root dir, and points TMPDIR/SSL_CERT_DIR at mounted /tmp and /etc/ssl/certs', () => {
    expect(workingDir(cloner, D, containerPaths(cloner, D))).toBe(`${D}/rootfs/gitcloner-initializer`);
    expect(workingDir({ name: 'z', workingDir: '/srv' }, D, [])).toBe(`${D}/rootfs/z/srv`);
    expect(wellKnownEnv(containerPaths(apply, D))).toEqual({ TMPDIR: `${D}/volumes/fleet-tmp-empty-dir`, SSL_CERT_DIR: `${D}/volumes/helm-secret-cert` });
    expect(wellKnownEnv(containerPaths({ name: 'n' }, D))).toEqual({});
  });

  it("writes container paths back into a container's message, as the real fleet gitcloner reported them", () => {
    const msg = `{"fleetErrorMessage":"failed to clone main repo from branch repo=\\"git://127.0.0.1:34221/nope\\" path=\\"${D}/volumes/git-cloner\\": repository not found"}`;
    expect(unmapText(msg, cloner, D)).toBe('{"fleetErrorMessage":"failed to clone main repo from branch repo=\\"git://127.0.0.1:34221/nope\\" path=\\"/workspace\\": repository not found"}');
    expect(unmapText(`open ${D}/volumes/git-cloner/manifests/fleet.yaml and ${D}/volumes/config/targets.yaml`, apply, D)).toBe('open /workspace/source/manifests/fleet.yaml and /run/config/targets.yaml');
    expect(unmapText(`home ${D}/rootfs/gitcloner-initializer/.gitconfig`, cloner, D)).toBe('home /.gitconfig');
  });
});

