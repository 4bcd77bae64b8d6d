@families
Feature: Every child from 0 to 18, across medicine, welfare and education (L15)
  Bokutoh's NICU discharge model only reached the hospital's own patients: 「当院かかりつけでない児は？」
  — so the report proposes a regional system for every child from birth to 18, across medicine, welfare
  and education (墨東 実施前, (1)①). A council states it as: where the system stops at a hospital's
  own patients, or schools and nurseries stay outside, build the 0–18 system once a model is chosen.

  @L15 @L6 @T4
  Scenario: A system that only follows a hospital's own patients is widened to every child 0-18
    Given a ward whose profile says:
      | field               | value |
      | system.ages_0_18    | false |
      | system.model_chosen | false |
    When it is assessed
    Then the plan includes "ages-0-18-system"
    And "ages-0-18-system" is raised by rule "l15.not-0-18"
    And "ages-0-18-system" starts after "regional-model" ends

  @L15 @L9 @T4
  Scenario: Schools and the board of education do not take part
    Given a ward whose profile says:
      | field                          | value |
      | system.education_included      | false |
      | services.special_needs_schools | 0     |
    When it is assessed
    Then "ages-0-18-system" is raised by rule "l15.education-absent"
    And the model lists role "special-needs-school" as missing

  @L15 @L9 @T4
  Scenario: No nursery accepts children needing medical care
    Given a ward whose services.nurseries_accepting is 0
    When it is assessed
    Then "ages-0-18-system" is raised by rule "l9.no-nursery-accepting"
    And the model lists role "nursery" as missing
