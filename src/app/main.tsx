import { mountApp } from './mountApp';
import './page.css';

mountApp({ view: 'page' });
