import './api/index.js'; // reads (and hides) the web-mode token before the router looks at the hash
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

createRoot(document.getElementById('root')!).render(<App />);
