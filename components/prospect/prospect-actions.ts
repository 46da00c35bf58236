import type { Prospect, ProspectStatus, TouchOutcome } from '@/lib/core/model';
import type { ProspectRecord } from '@/lib/core/prospects/prospect-record';

/** A field edit; `null` clears an optional field. */
export type ProspectChanges = Partial<{
  name: string;
  email: string | null;
  linkedinUrl: string | null;
  xHandle: string | null;
  company: string | null;
  title: string | null;
  timeZone: string | null;
  tags: string[];
  dealValue: number | null;
  notes: string;
}>;

export interface MergeDone {
  mergeId: string;
  message: string;
}

/** What the prospect view can do; the page's entry wires each to a message. Writes answer in words. */
export interface ProspectActions {
  load: () => Promise<ProspectRecord>;
  update: (changes: ProspectChanges) => Promise<string>;
  saveNote: (note: { noteId?: string; text: string; yes: boolean }) => Promise<string>;
  deleteNote: (noteId: string) => Promise<string>;
  updateTouch: (touchId: string, change: { note?: string; outcome?: TouchOutcome }) => Promise<string>;
  changeStatus: (change: { status: ProspectStatus; reason?: string; until?: string }) => Promise<string>;
  changeCadence: (cadenceId: string) => Promise<string>;
  restartCadence: () => Promise<string>;
  search: (query: string) => Promise<Prospect[]>;
  /** Links another record into this one: this record keeps its id and gains the other's history. */
  merge: (otherId: string) => Promise<MergeDone>;
  undoMerge: (mergeId: string) => Promise<string>;
}
