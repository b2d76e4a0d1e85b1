import { Logger } from '@nestjs/common';

// Start-up chatter hides test output; errors still show.
Logger.overrideLogger(['error']);
