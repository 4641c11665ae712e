// One supported Node range: package.json's engines, which every installed package must accept,
// and .nvmrc, which must fall inside it (issue 17).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  engines: { node: string };
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string } | string[] }>;
};
const supported = manifest.engines.node;

describe('the supported Node versions', () => {
  it('is a valid range', () => {
    expect(semver.validRange(supported)).not.toBeNull();
  });

  it('is accepted by every package the lock file installs', () => {
    const disagreeing = Object.entries(lock.packages)
      .filter(([path]) => path !== '')
      .flatMap(([path, entry]) => {
        const wanted = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return wanted && !semver.subset(supported, wanted) ? [`${path} wants node ${wanted}`] : [];
      });
    expect(disagreeing).toEqual([]);
  });

  it('includes the version .nvmrc names', () => {
    const pinned = readFileSync(join(root, '.nvmrc'), 'utf8').trim();
    const lowest = semver.minVersion(`${pinned}.x`);
    expect(lowest).not.toBeNull();
    expect(semver.intersects(`${pinned}.x`, supported)).toBe(true);
  });

  it('includes the Node running the tests', () => {
    expect(semver.satisfies(process.versions.node, supported)).toBe(true);
  });
});
