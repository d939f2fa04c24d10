import { Module } from '@nestjs/common';
import { CompletionModule } from '../completion/completion.module';
import { PeopleDirectoryService } from './people-directory.service';
import { PeopleExportController } from './people-export.controller';
import { PeopleRepository } from './people.repository';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { PersonRecordRepository } from './person-record.repository';
import { PersonRecordService } from './person-record.service';
import { TutorsService } from './tutors.service';

@Module({
  imports: [CompletionModule],
  controllers: [PeopleExportController],
  providers: [
    PeopleService,
    PeopleRepository,
    PeopleDirectoryService,
    PeopleResolver,
    TutorsService,
    PersonRecordRepository,
    PersonRecordService,
  ],
  exports: [PeopleService, PeopleDirectoryService, TutorsService],
})
export class PeopleModule {}
