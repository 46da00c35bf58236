import { readFileSync } from 'node:fs';
import { EXTENSION_DIR } from './global-setup';

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  [key: string]: unknown;
}

const manifest = (): Manifest => JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));

/**
 * The built manifest, as the store receives it. Every addition must be a deliberate edit here:
 * a new permission, a new host, or a key that lets pages or other extensions in.
 */
describe('the built manifest grants exactly what the product needs', () => {
  it('asks for exactly storage, alarms and notifications', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual(['alarms', 'notifications', 'storage']);
  });

  it('reaches exactly Gmail and LinkedIn, and runs content scripts nowhere else', () => {
    const hosts = manifest().host_permissions ?? [];
    expect([...hosts].sort()).toEqual(['https://mail.google.com/*', 'https://www.linkedin.com/*']);
    const matches = (manifest().content_scripts ?? []).flatMap((script) => script.matches);
    expect([...matches].sort()).toEqual([...hosts].sort());
  });

  it('asks for nothing optional and opens no door to pages or other extensions', () => {
    const keys = Object.keys(manifest());
    for (const door of [
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'web_accessible_resources',
      'content_security_policy',
      'key',
      'update_url',
    ]) {
      expect(keys).not.toContain(door);
    }
  });

  it('has no top-level key nobody reviewed', () => {
    expect(Object.keys(manifest()).sort()).toEqual(
      [
        'action',
        'background',
        // The two keyboard shortcuts (open the popup, log a touch); they need no permission.
        'commands',
        'content_scripts',
        'description',
        'host_permissions',
        'icons',
        'manifest_version',
        'name',
        'options_ui',
        'permissions',
        'version',
      ].sort(),
    );
  });
});
