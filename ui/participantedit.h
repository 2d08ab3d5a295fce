// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace littoral::ui {

// The facts table's inline editor of one participant: person or organisation, name, function,
// organisation, side by side in the Value cell; Enter commits all four as one correction. GUI thread.
class ParticipantEdit final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ParticipantEdit)
public:
    explicit ParticipantEdit(QWidget* parent = nullptr);

    // The map FactsModel edits: {name, title, organization, kind}.
    QVariantMap value() const;
    void setValue(const QVariantMap& value);
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* titleEdit() const { return m_title; }
    QLineEdit* organizationEdit() const { return m_organization; }
    QComboBox* kindBox() const { return m_kind; }

private:
    QComboBox* m_kind = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_organization = nullptr;
};

} // namespace littoral::ui
