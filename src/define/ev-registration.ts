import { EvRegistration } from '../registration/ev-registration.js';

EvRegistration.define();
