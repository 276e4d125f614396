import type { Messages } from './en';
import { problems } from './problems.de';
import { ui } from './ui.de';

const messages: Messages = { ...ui, ...problems };

export default messages;
