import { makeProspect, makeSettings, zonedIso, zonedLocal } from '../../factories';

/** The rep most engine tests use: Berlin, default settings, one prospect, times written as local. */
export const BERLIN = 'Europe/Berlin';
export const settings = makeSettings({ timeZone: BERLIN });
export const prospect = makeProspect({ id: 'p1' });

/** "2026-11-23 10:00" in Berlin, as a stored ISO instant. */
export const at = (local: string) => zonedIso(local, BERLIN);

/** A stored instant back as Berlin local time, or "none" when absent. */
export const local = (iso: string | undefined) => (iso ? zonedLocal(iso, BERLIN) : 'none');
