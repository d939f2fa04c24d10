import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PeopleModule } from '../modules/people/people.module';
import { AuthRepository } from './auth.repository';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { LoginThrottleService } from './login-throttle.service';
import { PasswordHasher } from './password-hasher';
import { PolicyGuard } from './policy.guard';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PeopleModule],
  providers: [
    AuthService,
    AuthRepository,
    AuthResolver,
    SessionsService,
    SessionsRepository,
    PasswordHasher,
    LoginThrottleService,
    LoginThrottleRepository,
    { provide: APP_GUARD, useClass: PolicyGuard },
  ],
  exports: [SessionsService, PasswordHasher, LoginThrottleService],
})
export class AuthModule {}
