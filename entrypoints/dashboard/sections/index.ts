/**
 * The dashboard's sections, registered in this one list (order = navigation order).
 * A section is one file exporting a `DashboardSection`.
 */
import type { FunctionComponent } from 'preact';
import type { Route } from '../route';
import { captureSection } from './capture';
import { casesSection } from './cases';
import { complaintsSection } from './complaints';
import { evidenceSection } from './evidence';
import { numbersSection } from './numbers';
import { overviewSection } from './overview';
import { settingsSection } from './settings';

export interface DashboardSection {
  id: string;
  title: { zh: string; en: string };
  component: FunctionComponent<{ route: Route }>;
}

export const sections: DashboardSection[] = [overviewSection, evidenceSection, numbersSection, casesSection, complaintsSection, captureSection, settingsSection];
