/**
 * The message protocol: every request type the background answers, registered in this one list.
 * A capability adds its handler group here; `Protocol` (and so the typed client) follows from it.
 * Documented in docs/ARCHITECTURE.md §Message protocol.
 */
import { evidenceHandlers } from '../evidence/handlers';
import { importHandlers } from '../import/handlers';
import { attachmentHandlers } from '../capture/attachments';
import { screenshotHandlers } from '../capture/screenshot';
import { exportHandlers } from '../export/handlers';
import { numberHandlers } from '../numbers/handlers';
import { complaintHandlers } from '../complaints/handlers';

export const handlers = {
  ...evidenceHandlers,
  ...importHandlers,
  ...attachmentHandlers,
  ...screenshotHandlers,
  ...exportHandlers,
  ...numberHandlers,
  ...complaintHandlers,
};

export type Protocol = typeof handlers;
