/**
 * The dashboard's sections, registered in this one list (order = navigation order).
 * A section is one file default-exporting its component; the list holds what the navigation needs
 * before any section's code is loaded. Each section is its own chunk, loaded when it is first shown,
 * so opening the dashboard parses only the shell and the section on screen (the rest are fetched
 * while the page is idle).
 */
import type { FunctionComponent } from 'preact';
import type { Route } from '../route';

export type SectionComponent = FunctionComponent<{ route: Route }>;

export interface DashboardSection {
  id: string;
  title: { zh: string; en: string };
  load: () => Promise<{ default: SectionComponent }>;
}

export const sections: DashboardSection[] = [
  { id: 'overview', title: { zh: '总览', en: 'Overview' }, load: () => import('./overview') },
  { id: 'evidence', title: { zh: '短信与通话', en: 'Messages & calls' }, load: () => import('./evidence') },
  { id: 'numbers', title: { zh: '号码本', en: 'Numbers' }, load: () => import('./numbers') },
  { id: 'cases', title: { zh: '案件', en: 'Cases' }, load: () => import('./cases') },
  { id: 'complaints', title: { zh: '投诉', en: 'Complaints' }, load: () => import('./complaints') },
  { id: 'capture', title: { zh: '收集证据', en: 'Collect evidence' }, load: () => import('./capture') },
  { id: 'settings', title: { zh: '备份与设置', en: 'Backup & settings' }, load: () => import('./settings') },
];
