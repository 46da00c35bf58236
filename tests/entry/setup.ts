import { installFakeCommands } from './fake-commands';

installFakeCommands();
