import './app.css';
import { mount } from 'svelte';
import { applyTheme } from './lib/theme';
import App from './App.svelte';

applyTheme();
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
mount(App, { target });
