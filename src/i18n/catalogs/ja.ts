import type { Messages } from './en';
import { problems } from './problems.ja';
import { ui } from './ui.ja';

const messages: Messages = { ...ui, ...problems };

export default messages;
