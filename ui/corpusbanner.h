// SPDX-FileCopyrightText: 2026 Littoral contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

#include <functional>

class QAction;
class QLabel;
class QPushButton;
class QToolButton;

namespace littoral::ui {

// One line above the views that says what the window is showing when a newcomer could be misled:
// the bundled sample documents rather than their own, or a folder given on the command line that
// does not exist. It offers File ▸ Open Corpus Folder and a × to dismiss it; dismissing the sample
// notice is remembered (QSettings "help/sampleBannerDismissed"), so it does not come back. GUI thread.
class CorpusBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CorpusBanner)
public:
    enum class Notice { None, Samples, MissingFolder };

    // `openFolder`: the window's File ▸ Open Corpus Folder action, which the button triggers.
    CorpusBanner(QAction* openFolder, QWidget* parent = nullptr);

    // A corpus is on screen: the sample notice when it is the bundled sample database (with its
    // document count) and it was not dismissed before; any other corpus hides the banner.
    void corpusShown(const QString& databasePath, int documents);
    // `folder` was asked for and does not exist.
    void folderMissing(const QString& folder);

    Notice notice() const { return m_notice; }
    QString text() const;
    QPushButton* openButton() const { return m_open; }
    QToolButton* closeButton() const { return m_close; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setNotice(Notice notice);
    void dismiss();
    void retranslate();

    QLabel* m_label;
    QPushButton* m_open;
    QToolButton* m_close;
    Notice m_notice = Notice::None;
    int m_documents = 0;
    QString m_folder;
};

} // namespace littoral::ui
