/**
 * Parts of the popup below its header, registered in this one list (e.g. the numbers flagged on the
 * current page, capture controls for the current site).
 */
import type { FunctionComponent } from 'preact';
import { capturePart } from './capture';
import { complaintsPart } from './complaints';
import { flaggedPart } from './flagged';

export interface PopupPart {
  id: string;
  component: FunctionComponent;
}

export const popupParts: PopupPart[] = [flaggedPart, capturePart, complaintsPart];
