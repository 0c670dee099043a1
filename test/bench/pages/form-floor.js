import { floorForm } from '../floor.js';

floorForm(document.getElementById('form'));
