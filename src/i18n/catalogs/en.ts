import type { Message } from '../catalog';
import { problems } from './problems.en';
import { ui } from './ui.en';

/** The English catalog: the interface's own words, then the words of problems found in stories. */
export const en = { ...ui, ...problems };

/** A key of the catalogs. */
export type MessageKey = keyof typeof en;

/** A whole catalog: every key, each with its text or plural forms. */
export type Messages = { readonly [K in MessageKey]: Message };

/** The interface's keys. */
export type UiKey = keyof typeof ui;

/**
 * What a translator needs: every interface key, and problems where loaded. The English problems
 * stay out of the first paint's code (data words each problem in English itself, `message`).
 */
export type InterfaceMessages = Pick<Messages, UiKey> & Partial<Messages>;

/** The keys of problems found in stories (`DataIssue.code`). */
export type ProblemKey = keyof typeof problems;
