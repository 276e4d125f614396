import type { Messages } from './en';
import { problems } from './problems.fr';
import { ui } from './ui.fr';

const messages: Messages = { ...ui, ...problems };

export default messages;
