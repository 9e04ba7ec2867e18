import { render } from 'preact';
import '../../components/base.css';
import './dashboard.css';
import { getDb } from '../../utils/store/db';
import { App } from './App';

// Open the database while the section on screen is still loading: its first query then need not wait.
void getDb().open().catch(() => {});
render(<App />, document.getElementById('app')!);
