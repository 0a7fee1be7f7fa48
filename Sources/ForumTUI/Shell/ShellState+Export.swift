import ForumCore

/// `e`: what the screen shows, to a csv, md or json file in the current folder.
extension ShellState {
    /// Asks where to write what the current screen shows, suggesting a dated name in this folder.
    mutating func askExport() {
        guard let sheet = activeScreen.export(context(for: active)) else {
            post(.warning, text(Strings.exportNothing), now: now)
            return
        }
        let dialog = DialogState(title: text(Strings.exportTitle), message: text(Strings.exportMessage(sheet.size)),
                                 field: TextFieldState(sheet.suggestedFileName(today: today)),
                                 fieldLabel: text(Strings.exportFieldLabel), confirmLabel: text(Strings.exportConfirm),
                                 cancelLabel: text(Strings.dialogCancel))
        overlays.append(.dialog(dialog, .export(sheet)))
    }

    /// Writes the file the dialog names, in the form its ending asks for; another ending keeps the
    /// dialog open with a word on what is wrong. The writing runs off the loop, as every effect.
    mutating func export(_ sheet: ExportSheet, dialog: DialogState) -> [Effect] {
        let name = (dialog.field?.text ?? "").trimmed
        guard let format = ExportSheet.format(of: name) else {
            overlays.append(.dialog(dialog, .export(sheet)))
            post(.warning, text(Strings.exportBadEnding(name)), now: now)
            return []
        }
        let text = sheet.rendered(format)
        let size = sheet.size
        return [Effect("export \(name)") { _ in
            switch ExportFile.create(name, holding: text) {
            case .success(let path): .notice(.success, Strings.exported(size, path: path))
            case .failure(let failure): .failed(failure.phrase)
            }
        }]
    }
}
