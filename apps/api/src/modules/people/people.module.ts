import { Module } from '@nestjs/common';
import { PeopleResolver } from './people.resolver';
import { PeopleService } from './people.service';
import { TutorsService } from './tutors.service';

@Module({ providers: [PeopleService, PeopleResolver, TutorsService], exports: [PeopleService, TutorsService] })
export class PeopleModule {}
