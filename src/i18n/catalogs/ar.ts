import type { Messages } from './en';
import { problems } from './problems.ar';
import { ui } from './ui.ar';

const messages: Messages = { ...ui, ...problems };

export default messages;
