import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measurePeers, type PeerSizes } from './peers';
import { formatKb } from './stats';
import { row, verdictOf, type Section } from './table';
import { pick } from './pick';
import { EXTENSION_BUILD, REPO_ROOT } from './paths';

const OUTPUT = EXTENSION_BUILD;
const CONTENT_SCRIPT_BUDGET_BYTES = 25_000;

export interface BundleSize {
  files: string[];
  raw: number;
  gzip: number;
}

export function gzipSize(contents: Buffer): number {
  return gzipSync(contents, { level: 9 }).length;
}

/** Raw and gzip -9 sizes of files taken together, each gzipped on its own (as they are served). */
export function measureFiles(root: string, files: readonly string[]): BundleSize {
  const contents = files.map((file) => readFileSync(join(root, file)));
  return {
    files: [...files],
    raw: contents.reduce((sum, buffer) => sum + buffer.length, 0),
    gzip: contents.reduce((sum, buffer) => sum + gzipSize(buffer), 0),
  };
}

/** Static and dynamic relative imports of a built chunk, e.g. `from"./base-X.js"`. */
function importsOf(root: string, file: string): string[] {
  const code = readFileSync(join(root, file), 'utf8');
  const specifiers = [...code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)];
  return specifiers.map((match) => posix.join(posix.dirname(file), pick(match, 1)));
}

/** The JS an HTML page loads: its module scripts, modulepreloads and everything they import. */
export function scriptsOfPage(root: string, html: string): string[] {
  const page = readFileSync(join(root, html), 'utf8');
  const direct = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*modulepreload[^>]*\shref)="\/?([^"]+\.js)"/g)].map(
    (match) => pick(match, 1),
  );
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    importsOf(root, file).forEach(visit);
  };
  direct.forEach(visit);
  return [...seen];
}

function describe(size: BundleSize): string {
  return `${formatKb(size.gzip)} gz (${formatKb(size.raw)} raw)`;
}

function describePeers(peers: PeerSizes | string): string {
  if (typeof peers === 'string') return `not measured: ${peers}`;
  const origin = peers.origin === 'registry' ? '' : ` [${peers.origin}]`;
  return peers.packages.map((peer) => `${peer.label} ${formatKb(peer.gzip)} gz`).join(' · ') + origin;
}

export async function measureSizes(): Promise<Section> {
  const peers = await measurePeers().catch((error: unknown) =>
    error instanceof Error ? error.message : String(error),
  );
  const contentScripts = readdirSync(join(OUTPUT, 'content-scripts'))
    .filter((file) => file.endsWith('.js'))
    .sort();
  const rows = contentScripts.map((file) => {
    const size = measureFiles(OUTPUT, [`content-scripts/${file}`]);
    return row(
      `size: content script ${file}`,
      describe(size),
      `≤ ${formatKb(CONTENT_SCRIPT_BUDGET_BYTES)} gz`,
      describePeers(peers),
      verdictOf(size.gzip <= CONTENT_SCRIPT_BUDGET_BYTES),
    );
  });
  for (const page of ['popup.html', 'options.html']) {
    const size = measureFiles(OUTPUT, scriptsOfPage(OUTPUT, page));
    rows.push(row(`size: ${page} JS (${size.files.length} files)`, describe(size)));
  }
  const manifest = JSON.parse(readFileSync(join(OUTPUT, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  const workerFile = manifest.background?.service_worker ?? 'background.js';
  const worker = measureFiles(OUTPUT, [workerFile, ...importsOf(OUTPUT, workerFile)]);
  rows.push(row(`size: worker ${workerFile}`, describe(worker)));

  const fileList = (page: string) => scriptsOfPage(OUTPUT, page).join(', ');
  return {
    rows,
    notes: [
      `Sizes are of the bench's own \`wxt build\` (same config as \`npm run build\`); gzip level 9, each file gzipped on its own as a browser fetches it. ` +
        `popup.html counts ${fileList('popup.html')}; options.html counts ${fileList('options.html')} ` +
        `(scripts, modulepreloads and the chunks they import; CSS and icons not counted).`,
      typeof peers === 'string'
        ? `Peers not measured: ${peers}.`
        : `Peers, measured in this run from the published tarballs (\`npm pack\`, cached in ${relative(REPO_ROOT, peers.cacheDir)}): ` +
          peers.packages
            .map(
              (peer) =>
                `${peer.label} = \`${peer.name}@${peer.version}\` ${peer.files.join(' + ')} (${formatKb(peer.raw)} raw)`,
            )
            .join('; ') +
          `. InboxSDK also injects \`pageWorld.js\` into Gmail's page world (${formatKb(peers.inboxSdkPageWorldGzip)} gz more), not counted in its figure. ` +
          `Peers ship unminified or lightly minified; an extension bundler could shave some of it.` +
          (peers.origin === 'registry' ? '' : ` Peer figures are ${peers.origin}.`),
    ],
  };
}
