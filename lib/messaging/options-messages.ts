import * as z from 'zod/mini';
import { Cadence } from '../core/model/cadence';
import { ContentItem } from '../core/model/content-item';
import { Id } from '../core/model/primitives';
import { Settings } from '../core/model/settings';

/** The file a playbook is shared as; `contentItems` are the pieces of the kinds its steps ask for. */
export const PlaybookDocument = z.object({
  format: z.literal('fifth-touch-playbook'),
  version: z.literal(1),
  cadence: Cadence,
  contentItems: z._default(z.array(ContentItem).check(z.maxLength(5000)), []),
});
export type PlaybookDocument = z.infer<typeof PlaybookDocument>;

/** A cadence as the editor sends it: without an id it is new and the worker names it. */
export const CadenceDraft = z.object({
  id: z.optional(Id),
  name: Cadence.shape.name,
  steps: Cadence.shape.steps,
});

export const ContentItemDraft = z.extend(ContentItem, { id: z.optional(Id) });

const CadenceListing = z.object({ cadence: Cadence, enrolledCount: z.int() });
const SavedCadence = z.object({ cadence: Cadence, refitted: z.int() });

/** What the options page's editors ask of the worker: playbooks, the content library, settings. */
export const OPTIONS_MESSAGES = {
  listCadences: { request: z.object({}), response: z.array(CadenceListing) },
  saveCadence: { request: z.object({ cadence: CadenceDraft }), response: SavedCadence },
  deleteCadence: { request: z.object({ id: Id }), response: z.object({}) },
  resetDefaultCadence: { request: z.object({}), response: SavedCadence },
  exportPlaybook: { request: z.object({ id: Id }), response: PlaybookDocument },
  importPlaybook: {
    // Validated by the handler, to answer in words what is wrong with the file.
    request: z.object({ document: z.unknown() }),
    response: z.object({ cadence: Cadence, addedContent: z.int() }),
  },
  listContent: { request: z.object({}), response: z.array(ContentItem) },
  saveContentItem: { request: z.object({ item: ContentItemDraft }), response: ContentItem },
  deleteContentItem: { request: z.object({ id: Id }), response: z.object({}) },
  getSettings: { request: z.object({}), response: Settings },
  // Checked whole by the worker too, so a bad field is refused even from an old page.
  saveSettings: { request: z.object({ settings: z.unknown() }), response: Settings },
} as const;
