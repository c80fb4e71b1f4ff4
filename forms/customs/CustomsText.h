#pragma once
// Fixed texts of the UPU customs declarations, French / English / Russian.
namespace pc::forms::customs_text {

inline constexpr const char* kTitle = "DÉCLARATION EN DOUANE / CUSTOMS DECLARATION / ТАМОЖЕННАЯ ДЕКЛАРАЦИЯ";
inline constexpr const char* kMayBeOpened =
    "Peut être ouvert d'office / May be opened officially / Может быть вскрыто в служебном порядке";
inline constexpr const char* kCertification =
    "Je certifie que les renseignements donnés dans la présente déclaration sont exacts et que cet envoi "
    "ne contient aucun objet dangereux ou interdit par la réglementation postale ou douanière. / I certify "
    "that the particulars given in this customs declaration are correct and that this item does not contain "
    "any dangerous article or articles prohibited by legislation or by postal or customs regulations. / "
    "Подтверждаю, что сведения в декларации верны и отправление не содержит опасных предметов или "
    "предметов, запрещённых законодательством, почтовыми или таможенными правилами.";
inline constexpr const char* kDateSignature =
    "Date et signature de l'expéditeur / Sender's signature and date / Дата и подпись отправителя";

} // namespace pc::forms::customs_text
