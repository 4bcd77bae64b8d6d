@coordination
Feature: Decide each actor's role and share what individual cases teach (L8, L16)
  The Children's Medical Center asked every actor to decide and play its role (小児総 (4)③), and the
  report's summary asks that concrete issues found in individual cases be aggregated, solved and shared
  (まとめ②). A council reads these lessons as: agree a role charter once a model is chosen, and
  aggregate issues from cases once a coordinator is there to collect them.

  @L8 @T1
  Scenario: A ward with a coordinator but no agreed roles gets a role charter first
    Given a ward whose profile says:
      | field               | value |
      | coordinators.placed | true  |
      | system.roles_agreed | false |
    When it is assessed
    Then the plan includes "role-charter"
    And "role-charter" ranks first
    And "role-charter" is raised by rule "l8.coordinator-without-charter"
    And the plan does not include "place-coordinator"
    And the model lists role "coordinator" as present

  @L8 @L6 @T1
  Scenario: Roles are agreed only after a regional model has been chosen
    Given a ward whose system.roles_agreed is false
    And whose system.model_chosen is false
    When it is assessed
    Then the plan includes "role-charter"
    And "regional-model" ranks before "role-charter"
    And "role-charter" starts after "regional-model" ends

  @L16 @T4
  Scenario: Issues from cases are aggregated once a coordinator is there to collect them
    Given a ward whose profile says:
      | field                   | value |
      | system.case_aggregation | false |
      | coordinators.placed     | false |
    When it is assessed
    Then the plan includes "case-aggregation"
    And the plan includes "place-coordinator"
    And "place-coordinator" ranks before "case-aggregation"
    And "case-aggregation" starts after "place-coordinator" ends

  @L16 @L17 @T1
  Scenario: With no case aggregation and a council silent on the subject, both go on the agenda
    Given a ward whose profile says:
      | field                                 | value |
      | system.case_aggregation               | false |
      | council.pediatric_home_care_on_agenda | false |
    When it is assessed
    Then "case-aggregation" is raised by rule "l16.nowhere-to-share"
    And "council-agenda" is raised by rule "l16.nowhere-to-share"
    And "council-agenda" is raised by rule "l17.not-on-agenda"
