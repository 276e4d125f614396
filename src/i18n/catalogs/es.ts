import type { Messages } from './en';
import { problems } from './problems.es';
import { ui } from './ui.es';

const messages: Messages = { ...ui, ...problems };

export default messages;
