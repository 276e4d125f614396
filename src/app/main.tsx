import { mountApp } from './mountApp';
import './page.css';

void mountApp({ view: 'page' });
