@councils
Feature: Face-to-face relations with hospitals and the medical association (L13)
  Keio organised a council jointly with local medical and welfare actors (慶應 (1)②), and the Children's
  Medical Center visited secondary hospitals and the medical association to hear them out (小児総 (3)①):
  顔の見える関係. A council states it as: where hospitals do not sit with us, or no standing body
  exists at all, hold a face-to-face joint council.

  @L13 @T1
  Scenario: Hospitals do not take part in the council
    Given a ward whose council.hospital_participation is false
    When it is assessed
    Then the plan includes "joint-council"
    And "joint-council" is raised by rule "l13.hospitals-absent"
    And "joint-council" starts in 2027-04

  @L13 @L2 @T1
  Scenario: Neither a council nor a consultation body exists
    Given a ward whose profile says:
      | field                    | value |
      | council.exists           | false |
      | consultation_body.exists | false |
    When it is assessed
    Then "establish-consultation-body" is raised by rule "l13.no-standing-body"
    And "joint-council" is raised by rule "l13.no-standing-body"
    And the model lists role "council" as missing

  @L13 @L14 @T1
  Scenario: Shinjuku under the university hospital's face-to-face model
    Given the ward "shinjuku"
    And with council.hospital_participation set to false
    When it is assessed
    Then the plan uses the model "university-hospital"
    And the plan includes "joint-council"
    And the model lists role "family-desk" as unknown
    And rule "l14.no-family-desk" is undecided
