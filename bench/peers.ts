import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSize } from './sizes';
import { readTarball } from './tar';
import { firstLine } from './pick';
import { CACHE_DIR, REPO_ROOT, repoPath } from './paths';

const PEER_CACHE = join(CACHE_DIR, 'peers');
const LAST_MEASURED = repoPath('bench/peer-sizes.json');

/** What each peer loads on every Gmail page, counted from its published package. */
const PEERS = [
  // `main`: the content-script bundle an extension imports (InboxSDK's Gmail layer).
  { label: 'InboxSDK', name: '@inboxsdk/core', tarballPrefix: 'inboxsdk-core-', files: ['inboxsdk.js'] },
  // `main`: the one file an extension injects into Gmail.
  { label: 'gmail.js', name: 'gmail-js', tarballPrefix: 'gmail-js-', files: ['src/gmail.js'] },
] as const;

export interface PeerSize {
  label: string;
  name: string;
  version: string;
  files: string[];
  raw: number;
  gzip: number;
}

export interface PeerSizes {
  origin: string;
  cacheDir: string;
  measuredAt: string;
  packages: PeerSize[];
  inboxSdkPageWorldGzip: number;
}

function fetchTarballs(): void {
  mkdirSync(PEER_CACHE, { recursive: true });
  execFileSync('npm', ['pack', ...PEERS.map((peer) => peer.name), '--pack-destination', PEER_CACHE, '--silent'], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 120_000,
  });
}

/** The newest cached tarball of a package, by modification time. */
function cachedTarball(prefix: string): string | null {
  if (!existsSync(PEER_CACHE)) return null;
  const candidates = readdirSync(PEER_CACHE)
    .filter((file) => file.startsWith(prefix) && file.endsWith('.tgz'))
    .map((file) => join(PEER_CACHE, file))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0] ?? null;
}

function measureTarballs(origin: string): PeerSizes | null {
  const packages: PeerSize[] = [];
  let pageWorld = 0;
  for (const peer of PEERS) {
    const tarball = cachedTarball(peer.tarballPrefix);
    if (!tarball) return null;
    const contents = readTarball(readFileSync(tarball));
    const manifest = JSON.parse(contents.get('package/package.json')?.toString('utf8') ?? '{}') as { version?: string };
    const buffers = peer.files.map((file) => {
      const buffer = contents.get(`package/${file}`);
      if (!buffer) throw new Error(`${peer.name} no longer ships ${file}; update bench/peers.ts.`);
      return buffer;
    });
    const extra = contents.get('package/pageWorld.js');
    if (peer.label === 'InboxSDK' && extra) pageWorld = gzipSize(extra);
    packages.push({
      label: peer.label,
      name: peer.name,
      version: manifest.version ?? 'unknown',
      files: [...peer.files],
      raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0),
      gzip: buffers.reduce((sum, buffer) => sum + gzipSize(buffer), 0),
    });
  }
  return {
    origin,
    cacheDir: PEER_CACHE,
    measuredAt: new Date().toISOString(),
    packages,
    inboxSdkPageWorldGzip: pageWorld,
  };
}

/** Keeps the last figures in git so a run without the registry can still show them (rewritten only when they change). */
function remember(sizes: PeerSizes): void {
  const stored = { packages: sizes.packages, inboxSdkPageWorldGzip: sizes.inboxSdkPageWorldGzip };
  const previous = existsSync(LAST_MEASURED)
    ? (JSON.parse(readFileSync(LAST_MEASURED, 'utf8')) as typeof stored & { measuredAt?: string })
    : null;
  if (
    previous &&
    JSON.stringify({ packages: previous.packages, inboxSdkPageWorldGzip: previous.inboxSdkPageWorldGzip }) ===
      JSON.stringify(stored)
  )
    return;
  writeFileSync(
    LAST_MEASURED,
    `${JSON.stringify({ measuredAt: sizes.measuredAt.slice(0, 10), ...stored }, null, 2)}\n`,
  );
}

/** Fresh from the registry, else the cached tarballs, else the figures kept in bench/peer-sizes.json. */
export async function measurePeers(): Promise<PeerSizes> {
  let fetchError = '';
  try {
    fetchTarballs();
  } catch (error) {
    fetchError = firstLine(error);
  }
  const measured = measureTarballs(fetchError ? 'from cached tarballs: the registry could not be reached' : 'registry');
  if (measured) {
    if (!fetchError) remember(measured);
    return measured;
  }
  if (!existsSync(LAST_MEASURED))
    throw new Error(`peers could not be fetched (${fetchError}) and none were measured before`);
  const last = JSON.parse(readFileSync(LAST_MEASURED, 'utf8')) as Omit<PeerSizes, 'origin' | 'cacheDir'>;
  return {
    ...last,
    origin: `last measured ${last.measuredAt}: the registry could not be reached`,
    cacheDir: PEER_CACHE,
  };
}
